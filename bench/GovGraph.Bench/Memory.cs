namespace GovGraph.Bench;

/// Resident memory of this process, from /proc/self/status (Linux); Process.PeakWorkingSet64 elsewhere.
public static class Memory
{
    public static long Rss() => Status("VmRSS") ?? Environment.WorkingSet;

    /// The kernel's high-water mark of RSS (VmHWM) since start or since <see cref="ResetPeak"/>.
    public static long PeakRss()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return Status("VmHWM") ?? self.PeakWorkingSet64;
    }

    /// Starts VmHWM afresh (writing 5 to clear_refs, Linux 4.0+), so the peak covers only what follows.
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    static long? Status(string key) => Machine.ProcKilobytes("/proc/self/status", key) * 1024;
}

/// Samples RSS on a background thread, for a peak that does not depend on the kernel's counter.
public sealed class RssSampler : IDisposable
{
    readonly Timer _timer;
    long _peak;

    public RssSampler(TimeSpan every)
    {
        _peak = Memory.Rss();
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, every);
    }

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    void Sample()
    {
        var rss = Memory.Rss();
        long seen;
        while (rss > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, rss, seen) != seen) { }
    }

    public void Dispose() => _timer.Dispose();
}
