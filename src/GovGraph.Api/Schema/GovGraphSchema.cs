using GovGraph.Api.Laws;
using GovGraph.Api.Agencies;
using GovGraph.Api.Tasks;
using GovGraph.Api.Targets;
using GovGraph.Api.Townships;
using GovGraph.Api.Regions;
using GraphQL;

namespace GovGraph.Api.Schema;

/// The GraphQL schema, code-first: nodes are property bags, not one CLR class per label, so each field says how it reads the bag.
public sealed class GovGraphSchema : GraphQL.Types.Schema
{
    public GovGraphSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Description = "GovGraph: agencies, townships, tasks, laws and targets read from Chinese county gazettes, every fact traced to its line.";
        // Node types reached only through the Node interface (search, node(id)) must still be known to the schema.
        RegisterType(typeof(LawType));
        RegisterType(typeof(AgencyType));
        RegisterType(typeof(TaskItemType));
        RegisterType(typeof(TargetType));
        RegisterType(typeof(TownshipType));
        RegisterType(typeof(RegionType));
        // Introspection (GraphiQL's schema fetch) must not count against the complexity budget.
        this.WithIntrospectionComplexityImpact(0);
    }
}
