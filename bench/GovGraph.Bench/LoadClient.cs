using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace GovGraph.Bench;

/// One GraphQL request shape and the variable sets it cycles through.
public sealed record Scenario(string Name, string Query, List<Dictionary<string, object?>> Variables);

/// What the load generator is asked to do: every scenario at every client count, bounded in time and count.
public sealed record LoadPlan(List<Scenario> Scenarios, List<int> Clients, double Seconds, int MaxRequests, double WarmupSeconds, int ServerPid);

/// One scenario at one client count.
public sealed record LoadResult(
    string Name, int Clients, int Requests, int Errors, double Seconds, double RequestsPerSecond,
    double P50Ms, double P99Ms, double MeanMs, double MaxMs, double ServerCpuSeconds, double ClientCpuSeconds,
    long BytesPerResponse, bool Answered, string? FirstError);

/// The serving suite's load generator, run as its own process: N clients, each sending its next request as soon
/// as the previous answer is read (closed loop), over keep-alive HTTP/1.1 connections to 127.0.0.1.
public static class LoadClient
{
    static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();

    public static async Task<(List<LoadResult> Results, long TotalRequests)> RunAsync(Uri url, LoadPlan plan, TextWriter log)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = plan.Clients.Max(),
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };

        var results = new List<LoadResult>();
        long total = 0;
        // The server's JIT tiers up while it answers: every query first, at a few clients, before anything is measured.
        foreach (var scenario in plan.Scenarios)
        {
            var bodies = scenario.Variables.Select(v => JsonSerializer.SerializeToUtf8Bytes(new { query = scenario.Query, variables = v })).ToArray();
            total += (await RunClientsAsync(http, bodies, 4, TimeSpan.FromSeconds(plan.WarmupSeconds * 3), int.MaxValue)).Ticks.Count;
        }
        foreach (var scenario in plan.Scenarios)
        {
            var bodies = scenario.Variables
                .Select(v => JsonSerializer.SerializeToUtf8Bytes(new { query = scenario.Query, variables = v }))
                .ToArray();
            var (answered, firstError) = await ProbeAsync(http, bodies[0]);
            total++;
            foreach (var clients in plan.Clients)
            {
                total += (await RunClientsAsync(http, bodies, clients, TimeSpan.FromSeconds(plan.WarmupSeconds), int.MaxValue)).Ticks.Count;
                var serverCpu = ServerCpuSeconds(plan.ServerPid);
                var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var (ticks, errors, bytes) = await RunClientsAsync(http, bodies, clients, TimeSpan.FromSeconds(plan.Seconds), plan.MaxRequests);
                var seconds = clock.Elapsed.TotalSeconds;
                var latency = Latencies.Of(ticks);
                total += ticks.Count;
                var result = new LoadResult(scenario.Name, clients, latency.Count, errors, seconds, latency.Count / seconds,
                    latency.P50Ms, latency.P99Ms, latency.MeanMs, latency.MaxMs,
                    ServerCpuSeconds(plan.ServerPid) - serverCpu, (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds,
                    latency.Count == 0 ? 0 : bytes / latency.Count, answered, firstError);
                results.Add(result);
                log.WriteLine($"{scenario.Name,-28} {clients,3} clients: {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {errors}");
            }
        }
        return (results, total);
    }

    /// One request, to say whether the scenario answers with data at all (a wrong id would measure nothing).
    static async Task<(bool Answered, string? Error)> ProbeAsync(HttpClient http, byte[] body)
    {
        using var response = await http.SendAsync(Request(body));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        if (json.RootElement.TryGetProperty("errors", out var errors)) return (false, errors[0].GetProperty("message").GetString());
        var data = json.RootElement.GetProperty("data").EnumerateObject().First().Value;
        var answered = data.ValueKind switch
        {
            JsonValueKind.Null => false,
            JsonValueKind.Array => data.GetArrayLength() > 0,
            _ => true,
        };
        return (answered, null);
    }

    static HttpRequestMessage Request(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
    }

    static async Task<(List<long> Ticks, int Errors, long Bytes)> RunClientsAsync(HttpClient http, byte[][] bodies, int clients, TimeSpan duration, int maxRequests)
    {
        var issued = 0;
        var errors = 0;
        long bytes = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = new List<long>[clients];
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var ticks = perClient[c] = [];
            int n;
            while ((n = Interlocked.Increment(ref issued)) <= maxRequests && Stopwatch.GetTimestamp() < deadline)
            {
                var t0 = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(Request(bodies[n % bodies.Length]));
                var answer = await response.Content.ReadAsByteArrayAsync();
                ticks.Add(Stopwatch.GetTimestamp() - t0);
                Interlocked.Add(ref bytes, answer.Length);
                if (response.StatusCode != HttpStatusCode.OK || answer.AsSpan().IndexOf(ErrorsKey) >= 0) Interlocked.Increment(ref errors);
            }
        })));
        return ([.. perClient.SelectMany(t => t)], errors, bytes);
    }

    /// utime + stime of another process from /proc/PID/stat, in seconds (clock ticks of 1/100 s on Linux).
    static double ServerCpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14 and 15 of stat; the split starts at field 3.
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException) { return double.NaN; }
    }
}
