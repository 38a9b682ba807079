using System.Globalization;
using System.Runtime.InteropServices;

namespace GovGraph.Bench;

/// What the numbers were measured on. Read from /proc where Linux has it; the rest from the runtime.
public sealed record Machine(string Cpu, int Cores, long MemoryBytes, string Os, string Runtime, string Commit)
{
    public static Machine Describe() => new(
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        (ProcKilobytes("/proc/meminfo", "MemTotal") ?? 0) * 1024,
        OsName(),
        RuntimeInformation.FrameworkDescription,
        Git("rev-parse --short HEAD") ?? "unknown");

    /// The 1-minute load average: other people's builds on a shared machine show up here, and in every number.
    public static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "n/a"; }
    }

    public IEnumerable<string> Markdown()
    {
        yield return $"- CPU: {Cpu}, {Cores} logical cores (shared with other users of this machine: see each suite's load average)";
        yield return $"- Memory: {MemoryBytes / (1024.0 * 1024 * 1024):F1} GiB";
        yield return $"- OS: {Os}";
        yield return $"- .NET: {Runtime}";
        yield return $"- Commit measured: {Commit}";
    }

    static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? "Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : null;
        return (pretty ?? RuntimeInformation.OSDescription) + (kernel is null ? "" : $", {kernel}");
    }

    static string? ProcField(string path, string key)
    {
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    internal static long? ProcKilobytes(string path, string key)
    {
        var value = ProcField(path, key + ":") ?? ProcField(path, key);
        if (value is null) return null;
        var number = value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }

    static string? Git(string arguments)
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
            });
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }
}
