using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Netra.E2E.Benchmarks;
using Netra.E2E.Harness.Auth;

// Measures the mode decision, the suite's test phase in both modes and concurrent sessions, and prints a Markdown
// table (also written to bench/results.md). Only loopback addresses are used.
var plan = args.Contains("--quick") ? BenchmarkPlan.Quick : BenchmarkPlan.Full;
var users = args.SkipWhile(a => a != "--users").Skip(1).FirstOrDefault();
if (users is not null)
{
    plan = plan with { UserCounts = users.Split(',').Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToArray() };
}

var halfDeadOnly = args.Contains("--half-dead-only");
var pacedOnly = args.Contains("--paced-only");
var loadOnly = args.Contains("--load-only") || halfDeadOnly || pacedOnly;
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
var secret = TokenIssuer.NewSecret();

IReadOnlyList<DecisionBenchmark.Row> decisions = [];
IReadOnlyList<SuiteBenchmark.Row> suite = [];
if (!loadOnly)
{
    Console.Error.WriteLine("measuring the mode decision…");
    await using var simulator = await StandaloneSimulator.StartAsync(secret, cancel.Token);
    decisions = await DecisionBenchmark.RunAsync(simulator.BaseUrl, plan, cancel.Token);
    Console.Error.WriteLine("measuring the suite in both modes…");
    suite = await SuiteBenchmark.RunAsync(simulator.BaseUrl, secret, plan, cancel.Token);
}

IReadOnlyList<HalfDeadBenchmark.Row> halfDead = [];
if (args.Contains("--half-dead") || halfDeadOnly || (!loadOnly && plan == BenchmarkPlan.Full))
{
    Console.Error.WriteLine("measuring the suite against half-dead backends…");
    halfDead = await HalfDeadBenchmark.RunAsync(secret, ["contract", "staging"], cancel.Token);
}

IReadOnlyList<PacedBenchmark.Row> paced = [];
if (pacedOnly || (!loadOnly && plan == BenchmarkPlan.Full))
{
    Console.Error.WriteLine("measuring the suite at staging's pace…");
    // --results <dir> keeps each paced run's TRX and run summary there (CI counts them), else they are deleted.
    var keep = args.SkipWhile(a => a != "--results").Skip(1).FirstOrDefault();
    paced = await PacedBenchmark.RunAsync(secret, plan.PacedDelaysMs, keep, cancel.Token);
}

IReadOnlyList<LoadBenchmark.Row> load = [];
if (!halfDeadOnly && !pacedOnly)
{
    Console.Error.WriteLine("measuring concurrent sessions…");
    load = await LoadBenchmark.RunAsync(secret, plan, cancel.Token);
}

static string Ms(double ms) => ms.ToString(ms < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

var md = new StringBuilder();
md.AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, " +
              $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}{(plan == BenchmarkPlan.Quick ? " (quick plan)" : "")}.");
md.AppendLine();
if (decisions.Count > 0)
{
    md.AppendLine("**Mode decision** (probe included; median and spread in ms)").AppendLine();
    md.AppendLine("| case | decided | n | median | min | p95 | max | target |").AppendLine("|---|---|---|---|---|---|---|---|");
}

foreach (var r in decisions)
{
    md.AppendLine($"| {r.Case} | {r.Decided} | {r.Stats.Count} | {Ms(r.Stats.Median)} | {Ms(r.Stats.Min)} | {Ms(r.Stats.P95)} | {Ms(r.Stats.Max)} | {r.Target} |");
}

if (suite.Count > 0)
{
    md.AppendLine().AppendLine("**Business-value suite, test phase** (TRX start to finish, and the whole process; ms)").AppendLine();
    md.AppendLine("| mode | tests | failed | runs | median | min | max | process median |").AppendLine("|---|---|---|---|---|---|---|---|");
}

foreach (var r in suite)
{
    md.AppendLine($"| {r.Mode} | {r.Tests} | {r.Failed} | {r.TestPhase.Count} | {Ms(r.TestPhase.Median)} | {Ms(r.TestPhase.Min)} | {Ms(r.TestPhase.Max)} | {Ms(r.Process.Median)} |");
}

if (suite.Count == 2)
{
    md.AppendLine().AppendLine($"Real / mock test-phase ratio (medians): {suite[1].TestPhase.Median / suite[0].TestPhase.Median:0.00} (target <= 1.5); mock test phase target < 3000 ms.");
}

if (load.Count > 0)
{
    md.AppendLine().AppendLine("**Concurrent sessions against the standalone simulator** (each user: connect, one agent request, wait for agent_completed; ms)").AppendLine();
    md.AppendLine("| users | errors | connect p50 | completion p50 | completion p95 | completion max | wall | simulator peak RSS |").AppendLine("|---|---|---|---|---|---|---|---|");
}

foreach (var r in load)
{
    md.AppendLine($"| {r.Users} | {r.Errors} | {Ms(r.Connect.Median)} | {Ms(r.Completion.Median)} | {Ms(r.Completion.P95)} | {Ms(r.Completion.Max)} | {Ms(r.Wall.TotalMilliseconds)} | {r.PeakMemoryMiB:0} MiB |");
}

if (halfDead.Count > 0)
{
    md.AppendLine().AppendLine("**The whole suite against a half-dead backend** (default settings unless the case says; first-event deadline: each test's own, at most 15 s)").AppendLine();
    md.AppendLine("| case | dialect | tests | wall | infrastructure | business | passed | first failure |").AppendLine("|---|---|---|---|---|---|---|---|");
    foreach (var r in halfDead)
    {
        md.AppendLine($"| {r.Case} | {r.Dialect} | {r.Tests} | {r.Wall.TotalSeconds:0.0} s | {r.Infrastructure} | {r.Business} | {r.Passed} | {r.FirstReason.Replace("|", "\\|", StringComparison.Ordinal)[..Math.Min(r.FirstReason.Length, 140)]} |");
    }
}

if (paced.Count > 0)
{
    md.AppendLine().AppendLine("**The suite at staging's pace** (strict real mode, standalone simulator delaying every event; wall: first test's start to last test's end)").AppendLine();
    md.Append(PacedTable.Markdown(paced));
}

var firstError = load.Select(r => r.FirstError).FirstOrDefault(e => e is not null);
if (firstError is not null)
{
    md.AppendLine().AppendLine($"First error: {firstError}");
}

Console.WriteLine(md);
var output = Path.Combine(AppContext.BaseDirectory, "results.md");
File.WriteAllText(output, md.ToString());
Console.Error.WriteLine($"written to {output}");
return load.Sum(r => r.Errors) + suite.Sum(r => r.Failed) + paced.Sum(r => r.Failed) == 0 ? 0 : 1;
