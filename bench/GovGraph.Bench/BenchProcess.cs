using System.Diagnostics;

namespace GovGraph.Bench;

/// This program started again as a child process with another verb (the loader on its own for a clean peak RSS,
/// the server and the load generator of the serving suite).
public static class BenchProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown; cannot start a child.");
        var info = new ProcessStartInfo(self) { UseShellExecute = false };
        // Under `dotnet GovGraph.Bench.dll` the host is dotnet itself and the program is the assembly.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(typeof(BenchProcess).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    /// Runs a child to its end, its output passed through line by line; fails with its exit code.
    public static async Task RunAsync(IEnumerable<string> args, TextWriter log, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var info = StartInfo(args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        if (environment is not null) foreach (var (k, v) in environment) info.Environment[k] = v;
        using var child = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + info.FileName);
        child.OutputDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine("  | " + e.Data); };
        child.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine("  ! " + e.Data); };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout);
        try { await child.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', info.ArgumentList)} did not finish within {timeout.TotalMinutes:0} min; stopped it.");
        }
        if (child.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', info.ArgumentList)} exited with {child.ExitCode}.");
    }
}
