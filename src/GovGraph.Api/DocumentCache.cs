using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GovGraph.Api;

/// Parsed and validated documents by query text, so a client repeating a query with new variables skips parsing and
/// the spec's validation rules (~0.5–0.9 ms a request, bench/RESULTS.md §4). Written here because GraphQL.MemoryCache
/// is not available. Only documents that passed validation are kept, and on a hit every rule that is not one of the
/// spec's core rules still runs: the complexity and depth limits depend on the variables (`first: $first`), so a
/// cached document cannot carry a past request's verdict into this one. Bounded by the total length of the cached texts.
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    static readonly HashSet<IValidationRule> CoreRules = [.. DocumentValidator.CoreRules];

    readonly MemoryCache? _cache;
    long _hits;
    long _misses;

    public DocumentCache(IOptions<GovGraphApiOptions> options)
    {
        var size = options.Value.DocumentCacheChars;
        if (size > 0) _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = size });
    }

    /// After the option configurations (100), so the rules they add are in place when a hit prunes the core ones.
    public float SortOrder => 200;

    /// Requests answered from a cached document since start.
    public long Hits => Interlocked.Read(ref _hits);

    /// Requests that had to be parsed and fully validated since start.
    public long Misses => Interlocked.Read(ref _misses);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (_cache is null || options.Document is not null || options.Query is not { } query) return await next(options);

        if (_cache.TryGetValue(query, out GraphQLDocument? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            // The core rules check the document against the schema alone: the same text gets the same answer.
            // Everything added on top (the complexity analyzer) runs again with this request's variables.
            options.ValidationRules = [.. (options.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !CoreRules.Contains(r))];
            return await next(options);
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);
        if (result.Executed && result.Document is { } document)
            _cache.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    public void Dispose() => _cache?.Dispose();
}
