using GovGraph.Api.Agencies;
using GovGraph.Api.Schema;
using GovGraph.Api.Targets;
using GovGraph.Api.Tasks;
using GraphQL.Types;

namespace GovGraph.Api.Laws;

/// A normative document (法律、条例、规划、方案、通知…), loaded or only cited.
public sealed class LawType : ObjectGraphType<GraphNode>
{
    public LawType()
    {
        Name = "Law";
        Description = "A normative document (法律, 条例, 规划, 方案, 通知 …), whether its text was loaded or it is only cited.";
        this.AddNodeBasics(Labels.Law);
        this.Text("title", Props.Title, "Title as printed, without 《》.");
        this.Text("docNumber", Props.DocNumber, "发文字号, normalized to 〔〕 (五政办发〔2023〕3号).");
        this.Text("issuer", Props.Issuer, "The issuing body as printed in the title head.");
        this.Text("date", Props.Date, "成文日期, ISO (2023-02-02).");
        this.Text("kind", Props.Kind, "law, regulation, plan, notice, opinion, decision, announcement, standard or other.");
        this.Text("level", Props.Level, "national, provincial, municipal, county or township.");
        Field<NonNullGraphType<BooleanGraphType>>("loaded").Description("True when the document's text is in the store, false when it is only cited.")
            .Resolve(c => c.Source.Bool(Props.Loaded));
        this.RelatedList<LawType>("cites", EdgeDirection.Out, EdgeTypes.Cites, Labels.Law, "Documents this one refers to.");
        this.RelatedList<LawType>("citedBy", EdgeDirection.In, EdgeTypes.Cites, Labels.Law, "Documents that refer to this one.");
        this.RelatedList<LawType>("supersedes", EdgeDirection.Out, EdgeTypes.Supersedes, Labels.Law, "Older documents this one repeals or replaces.");
        this.RelatedList<LawType>("supersededBy", EdgeDirection.In, EdgeTypes.Supersedes, Labels.Law, "Newer documents that repeal or replace this one.");
        this.RelatedList<LawType>("publishes", EdgeDirection.Out, EdgeTypes.Publishes, Labels.Law, "Plans this notice issues or forwards (印发《X》的通知).");
        this.RelatedList<LawType>("publishedBy", EdgeDirection.In, EdgeTypes.Publishes, Labels.Law, "The notices that issue this plan.");
        this.RelatedList<AgencyType>("issuedBy", EdgeDirection.Out, EdgeTypes.IssuedBy, Labels.Agency, "The issuing bodies (发文机关).");
        this.RelatedList<TaskItemType>("tasks", EdgeDirection.In, EdgeTypes.PartOf, Labels.Task, "The numbered tasks of this plan, in reading order.");
        this.RelatedList<TargetType>("targets", EdgeDirection.Out, EdgeTypes.HasTarget, Labels.Target, "Quantitative targets this document sets.");
    }
}

public sealed class LawConnectionType() : NodeConnectionType<LawType, LawEdgeType>("Law");

public sealed class LawEdgeType() : NodeEdgeType<LawType>("Law");
