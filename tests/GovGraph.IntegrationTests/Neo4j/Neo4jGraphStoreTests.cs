using GovGraph.IntegrationTests.Store;
using GovGraph.Storage.Neo4j;

namespace GovGraph.IntegrationTests.Neo4j;

/// The store contract against a real Neo4j (5.26, e.g. `docker compose up neo4j`), when GOVGRAPH_NEO4J_URL names one.
/// Each test starts by removing every file the database holds: point it at a database kept for the tests.
[SkipUnlessEnvironment(Neo4jOptions.UrlVariable)]
public sealed class Neo4jGraphStoreTests : GraphStoreContract
{
    protected override Task<IGraphStore> OpenClientAsync() =>
        Task.FromResult<IGraphStore>(Neo4jGraphStore.Open(Neo4jOptions.FromEnvironment()));
}
