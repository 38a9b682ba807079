using System.Diagnostics;
using GovGraph.Storage.Sqlite;
using GovGraph.StoreProbe;
using Microsoft.Data.Sqlite;

namespace GovGraph.IntegrationTests.Store;

/// A load killed with SIGKILL leaves only whole files, and the next load works. The load runs in a separate process
/// (GovGraph.StoreProbe) that says when a file's transaction has begun; the test kills it partway through that file's
/// write, checks the store file by file, resumes, and kills again, until at least one kill has landed inside an
/// uncommitted transaction.
public sealed class SqliteKillTests(SqliteStoreFile folder) : IClassFixture<SqliteStoreFile>
{
    const int Files = 14;
    const int Tasks = 1200;

    [Fact]
    public async Task A_load_killed_mid_file_leaves_only_whole_files_and_the_next_load_completes()
    {
        var db = Path.Combine(folder.Folder, "killed.db");
        var next = 0;
        var killsInsideTransaction = 0;
        for (var round = 0; round < 4 && next < Files - 2; round++)
        {
            var (lastDone, writing, lines) = await RunAndKillAsync(db, next);
            var stored = await CheckWholeFilesAsync(db);
            // Files load in order, so the store holds a prefix: through the last file reported done, perhaps one more
            // that committed in the instant before the kill.
            Assert.True(stored == lastDone + 1 || stored == lastDone + 2,
                $"store holds {stored} files after the probe reported up to {lastDone} done:\n{string.Join("\n", lines)}");
            if (stored == writing) killsInsideTransaction++;
            next = stored;
        }
        Assert.True(killsInsideTransaction > 0, "no kill landed inside a file's transaction; the test proved nothing about rollback");

        var exit = await RunAsync(db, next, Files - next, kill: false);
        Assert.Equal(0, exit.Code);
        Assert.Equal(Files, await CheckWholeFilesAsync(db));
    }

    /// Starts a load at file <paramref name="first"/>, waits until a later file's transaction has begun, lets it run
    /// for about a third of the time a file takes, and kills the process.
    static async Task<(int LastDone, int Writing, List<string> Lines)> RunAndKillAsync(string db, int first)
    {
        using var probe = Start(db, first, Files - first);
        var lines = new List<string>();
        var began = new Dictionary<int, TimeSpan>();
        var durations = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        var lastDone = first - 1;
        var writing = -1;
        while (await probe.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add($"{clock.Elapsed.TotalMilliseconds:F0} ms {line}");
            var (what, n) = (line.Split(' ')[0], int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
            if (what == "begin") began[n] = clock.Elapsed;
            if (what == "done") { lastDone = n; durations.Add(clock.Elapsed - began[n]); }
            if (what == "writing" && n >= first + 2)
            {
                writing = n;
                break;
            }
        }
        if (writing < 0) Assert.Fail("the probe ended before it was killed:\n" + string.Join("\n", lines) + await probe.StandardError.ReadToEndAsync());
        var typical = durations.Order().ElementAt(durations.Count / 2);
        lines.Add($"{clock.Elapsed.TotalMilliseconds:F0} ms wait {(typical / 3).TotalMilliseconds:F0} ms");
        await Task.Delay(typical / 3);
        lines.Add($"{clock.Elapsed.TotalMilliseconds:F0} ms kill");
        probe.Kill();
        await probe.WaitForExitAsync();
        while (await probe.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add("after kill: " + line);
            if (line.StartsWith("done ", StringComparison.Ordinal)) lastDone = int.Parse(line[5..], System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.True(probe.ExitCode == 137, $"the probe exited with {probe.ExitCode}, not by SIGKILL:\n{string.Join("\n", lines)}");
        return (lastDone, writing, lines);
    }

    static async Task<(int Code, string Output)> RunAsync(string db, int first, int count, bool kill)
    {
        using var probe = Start(db, first, count);
        var output = await probe.StandardOutput.ReadToEndAsync();
        var errors = await probe.StandardError.ReadToEndAsync();
        await probe.WaitForExitAsync();
        Assert.False(kill);
        return (probe.ExitCode, output + errors);
    }

    static Process Start(string db, int first, int count)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "GovGraph.StoreProbe.dll"), "load", db,
                     first.ToString(System.Globalization.CultureInfo.InvariantCulture), count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     Tasks.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    /// Opens the store as the next load would, and checks that it holds files 0..n-1 completely and nothing of any
    /// other file; returns n.
    static async Task<int> CheckWholeFilesAsync(string db)
    {
        await using var store = await SqliteGraphStore.OpenAsync(db);
        var files = await store.FilesAsync();
        var stored = files.Count;
        Assert.Equal(Enumerable.Range(0, stored).Select(ProbeGraphs.FileName), files.Select(f => f.File));

        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stored; i++)
        {
            var graph = ProbeGraphs.File(i, Tasks);
            Assert.Equal((graph.Nodes.Count, graph.Edges.Count), (files[i].Nodes, files[i].Edges));
            nodeIds.UnionWith(graph.Nodes.Select(n => n.Id));
            edgeIds.UnionWith(graph.Edges.Select(e => e.Id));
        }
        var stats = await store.StatsAsync();
        Assert.Equal(nodeIds.Count, stats.Nodes.Values.Sum());
        Assert.Equal(edgeIds.Count, stats.Edges.Values.Sum());
        Assert.Equal(nodeIds.Count, (await store.GetNodesAsync(nodeIds)).Count);
        var present = (await store.EdgesOfAsync(nodeIds, EdgeDirection.Out)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(edgeIds.SetEquals(present), "the edges stored are not exactly those of the whole files");

        var unfinished = ProbeGraphs.File(stored, Tasks);
        Assert.Empty(await store.GetNodesAsync([.. unfinished.Nodes.Where(n => n.Label == Labels.Task).Select(n => n.Id)]));

        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        c.Open();
        using var check = c.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        return stored;
    }
}
