using System.Diagnostics;
using System.Threading.Channels;

namespace GovGraph.Loader;

/// A file that was not stored, and why (the reason names what is wrong in it).
public sealed record LoadFailure(string File, string Reason);

/// One input file once its fate is known: stored (Graph is what it asserted) or failed.
public sealed record LoadedFile(string Path, long Bytes, FileGraph? Graph, LoadFailure? Failure);

/// How a load went: files stored, files that failed, and where the time went (extraction is summed over the workers
/// that ran beside each other, so it can exceed the wall time).
public sealed record LoadSummary(int Loaded, IReadOnlyList<LoadFailure> Failures, TimeSpan Wall, TimeSpan Extraction, TimeSpan Store);

/// How many files extract at once and how much a store transaction carries. A batch closes at whichever limit it
/// reaches first, so memory stays bounded however large the load is.
public sealed record LoadingOptions(int Workers, int BatchFacts, int BatchFiles)
{
    public static LoadingOptions Default { get; } = new(Math.Max(1, Environment.ProcessorCount), 50_000, 256);
}

/// The load loop `govgraph load` runs: files are extracted in parallel (they are independent and the pipeline is
/// pure), handed on in their given order, and stored in batches, one transaction per batch. A file that cannot be
/// read or whose graph the store refuses fails alone: the batch is then written again file by file.
public sealed class Loading(IGraphStore store, Pipeline pipeline, LoadingOptions? options = null)
{
    readonly LoadingOptions _options = options ?? LoadingOptions.Default;

    public async Task<LoadSummary> RunAsync(IReadOnlyList<string> files, Action<LoadedFile>? done = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<LoadFailure>();
        var (loaded, extractionTicks, storeTicks) = (0, 0L, 0L);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        // Each file's extraction is a task started in file order; the bound keeps at most Workers of them (and their
        // graphs) in flight ahead of the store.
        var extracted = Channel.CreateBounded<Task<(LoadedFile File, long Ticks)>>(
            new BoundedChannelOptions(_options.Workers) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var path in files)
                    await extracted.Writer.WriteAsync(Task.Run(() => Extract(path), stop.Token), stop.Token);
            }
            finally { extracted.Writer.Complete(); }
        }, stop.Token);

        var batch = new List<LoadedFile>();
        var facts = 0;
        try
        {
            await foreach (var next in extracted.Reader.ReadAllAsync(stop.Token))
            {
                var (file, ticks) = await next;
                extractionTicks += ticks;
                if (file.Failure is not null)
                {
                    Finish(file);
                    continue;
                }
                batch.Add(file);
                facts += file.Graph!.Nodes.Count + file.Graph.Edges.Count;
                if (facts >= _options.BatchFacts || batch.Count >= _options.BatchFiles) await FlushAsync();
            }
            await FlushAsync();
        }
        finally
        {
            await stop.CancelAsync();
            try { await producer; }
            catch (OperationCanceledException) { }
        }
        return new LoadSummary(loaded, failures, clock.Elapsed, Stopwatch.GetElapsedTime(0, extractionTicks), Stopwatch.GetElapsedTime(0, storeTicks));

        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            var start = Stopwatch.GetTimestamp();
            try
            {
                await store.ReplaceFilesAsync([.. batch.Select(f => f.Graph!)], ct);
                storeTicks += Stopwatch.GetTimestamp() - start;
                foreach (var file in batch) Finish(file);
            }
            catch (GraphDataException)
            {
                // Some file of the batch is at fault: store them one by one so only that file fails.
                foreach (var file in batch)
                {
                    try
                    {
                        await store.ReplaceFileAsync(file.Graph!, ct);
                        Finish(file);
                    }
                    catch (GraphDataException e) { Finish(file with { Graph = null, Failure = new LoadFailure(System.IO.Path.GetFileName(file.Path), e.Message) }); }
                }
                storeTicks += Stopwatch.GetTimestamp() - start;
            }
            batch.Clear();
            facts = 0;
        }

        void Finish(LoadedFile file)
        {
            if (file.Failure is null) loaded++;
            else failures.Add(file.Failure);
            done?.Invoke(file);
        }
    }

    (LoadedFile File, long Ticks) Extract(string path)
    {
        var start = Stopwatch.GetTimestamp();
        long bytes;
        try { bytes = new FileInfo(path).Length; }
        catch (IOException) { bytes = 0; }
        LoadedFile file;
        try { file = new LoadedFile(path, bytes, pipeline.Load(path), null); }
        catch (LoadException e) { file = new LoadedFile(path, bytes, null, new LoadFailure(e.File, e.Reason)); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of ours on one odd file must not cost the rest of a province-wide load; the reason says to report it.
            file = new LoadedFile(path, bytes, null, new LoadFailure(System.IO.Path.GetFileName(path),
                $"GovGraph failed on this file ({e.GetType().Name}: {e.Message}); please report it with the file."));
        }
        return (file, Stopwatch.GetTimestamp() - start);
    }
}
