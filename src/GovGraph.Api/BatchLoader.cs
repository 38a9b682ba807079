using GraphQL.DataLoader;

namespace GovGraph.Api;

/// A per-request batch loader over GraphQL.NET's core <see cref="IDataLoaderResult{T}"/>.
/// Hand-written because the GraphQL.DataLoader package is not available here: resolvers call <see cref="Load"/>
/// while the executor walks one level of the query; the first result awaited at the end of that level fetches every
/// key queued so far in one call, and later loads of a known key come from the request's cache.
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _byKey = [];
    readonly Lock _gate = new();
    List<TKey> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key) => new Pending<TValue?>(this, Enqueue(key).Task);

    /// Loads many keys as one result, in the order given, leaving out keys that were not found.
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(k => Enqueue(k).Task).ToList();
        return new Pending<IReadOnlyList<TValue>>(this, Gather(tasks));

        static async Task<IReadOnlyList<TValue>> Gather(List<Task<TValue?>> tasks)
        {
            var values = await Task.WhenAll(tasks);
            return [.. values.Where(v => v is not null).Select(v => v!)];
        }
    }

    TaskCompletionSource<TValue?> Enqueue(TKey key)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var known)) return known;
            var created = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _byKey[key] = created;
            _pending.Add(key);
            return created;
        }
    }

    async Task DispatchAsync(CancellationToken ct)
    {
        List<TKey> keys;
        List<TaskCompletionSource<TValue?>> waiting;
        lock (_gate)
        {
            if (_pending.Count == 0) return;
            keys = _pending;
            _pending = [];
            waiting = [.. keys.Select(k => _byKey[k])];
        }
        try
        {
            var found = await fetch(keys, ct);
            for (var i = 0; i < keys.Count; i++)
                waiting[i].TrySetResult(found.TryGetValue(keys[i], out var v) ? v : default);
        }
        catch (Exception e)
        {
            // Forget failed keys so that a later request in the same scope does not see a stale failure.
            lock (_gate)
                foreach (var k in keys) _byKey.Remove(k);
            foreach (var w in waiting) w.TrySetException(e);
        }
    }

    sealed class Pending<T>(BatchLoader<TKey, TValue> owner, Task<T> result) : IDataLoaderResult<T>
    {
        public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!result.IsCompleted) await owner.DispatchAsync(cancellationToken);
            return await result.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

/// Composition of loader results, so one resolver can load edges and then the nodes at their ends, both batched.
public static class DataLoaderResult
{
    public static IDataLoaderResult<T> FromValue<T>(T value) => new Done<T>(value);

    /// Maps a result when it arrives.
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> first, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(first, map);

    /// Starts a second batched load from the first result. Awaited by the executor, the first step hands back the
    /// second, still pending, so that the executor queues it with its siblings and they are fetched together.
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> first, Func<TIn, IDataLoaderResult<TOut>> next) =>
        new Chained<TIn, TOut>(first, next);

    sealed class Done<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> first, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await first.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    sealed class Chained<TIn, TOut>(IDataLoaderResult<TIn> first, Func<TIn, IDataLoaderResult<TOut>> next) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await first.GetResultAsync(cancellationToken)).GetResultAsync(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            next(await first.GetResultAsync(cancellationToken));
    }
}
