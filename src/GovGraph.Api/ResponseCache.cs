using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GovGraph.Api;

/// Whole answers by request (query, operation, variables, media type), kept while the store's data version stays the
/// same: the graph changes only when a load commits, and the store reports every commit (IGraphStore.DataVersionAsync),
/// including those of a loader in another process. Only answers without errors are kept (a timeout may not recur),
/// bounded by their total size; a store that cannot report its version (Neo4j) gets nothing kept.
public sealed class ResponseCache : IDisposable
{
    readonly MemoryCache? _cache;
    readonly long _largest;
    long _hits;
    long _misses;

    public ResponseCache(IOptions<GovGraphApiOptions> options)
    {
        var size = options.Value.ResponseCacheBytes;
        if (size <= 0) return;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = size });
        // One huge answer should not push out hundreds of small ones.
        _largest = Math.Max(1, size / 16);
    }

    public bool Enabled => _cache is not null;

    /// Requests answered from the cache since start.
    public long Hits => Interlocked.Read(ref _hits);

    /// Requests looked up and not found (or found stale) since start.
    public long Misses => Interlocked.Read(ref _misses);

    public sealed record Answer(long Version, string MediaType, byte[] Body);

    /// The kept answer for <paramref name="key"/> if it was made at <paramref name="version"/>.
    public Answer? Find(string key, long version)
    {
        if (_cache is not null && _cache.TryGetValue(key, out Answer? kept) && kept is not null)
        {
            if (kept.Version == version)
            {
                Interlocked.Increment(ref _hits);
                return kept;
            }
            _cache.Remove(key);
        }
        Interlocked.Increment(ref _misses);
        return null;
    }

    public void Keep(string key, Answer answer)
    {
        var size = answer.Body.Length + 2L * key.Length;
        if (_cache is null || size > _largest) return;
        _cache.Set(key, answer, new MemoryCacheEntryOptions { Size = size });
    }

    /// Lengths first, so no choice of operation name or variables can spell another request's key.
    public static string Key(string mediaType, string query, string? operationName, string variablesJson) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{mediaType.Length}:{(operationName ?? "").Length}:{variablesJson.Length}:{mediaType}{operationName}{variablesJson}{query}");

    public void Dispose() => _cache?.Dispose();
}
