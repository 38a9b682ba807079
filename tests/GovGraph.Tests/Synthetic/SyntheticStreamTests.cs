using System.Runtime.CompilerServices;
using GovGraph.Synthetic;

namespace GovGraph.Tests.Synthetic;

/// Same seed, same bytes; files come one at a time and are not kept.
public sealed class SyntheticStreamTests
{
    static string Everything(IEnumerable<SyntheticFile> files) =>
        string.Concat(files.Select(f => f.Name + "\n" + f.Text + string.Concat(LabelWriter.Kinds.Select(k => LabelWriter.Lines(f, k)))));

    [Fact]
    public void The_same_seed_gives_byte_identical_files_and_labels()
    {
        var first = Everything(SyntheticGenerator.Generate(9, 400_000));
        var second = Everything(SyntheticGenerator.Generate(9, 400_000));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_files()
    {
        var a = SyntheticGenerator.Generate(9, 1).Single();
        var b = SyntheticGenerator.Generate(10, 1).Single();
        Assert.NotEqual(a.Text, b.Text);
        Assert.NotEqual(a.Name, b.Name);
    }

    [Fact]
    public void A_file_generated_alone_is_the_same_file_the_stream_yields()
    {
        var streamed = SyntheticGenerator.Generate(9, 1L << 40).Skip(2).First();
        var alone = SyntheticGenerator.GenerateFile(9, 2);
        Assert.Equal(streamed.Text, alone.Text);
        Assert.Equal(LabelWriter.Lines(streamed, "responsibilities"), LabelWriter.Lines(alone, "responsibilities"));
    }

    [Fact]
    public void The_stream_stops_once_the_target_size_is_reached()
    {
        var files = SyntheticGenerator.Generate(3, 500_000).ToList();
        var total = files.Sum(f => f.Bytes);
        Assert.True(total >= 500_000);
        Assert.True(total - files[^1].Bytes < 500_000, "no file is generated after the target is reached");
        Assert.Equal(files.Count, files.Select(f => f.Prefix).Distinct().Count());
        Assert.All(files, f => Assert.StartsWith(f.Prefix + "_", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Generation_is_lazy_even_for_a_terabyte_target()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var files = SyntheticGenerator.Generate(4, 1L << 40).Take(2).ToList();
        Assert.Equal(2, files.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Files_already_yielded_are_not_kept_by_the_generator()
    {
        using var files = SyntheticGenerator.Generate(5, 1L << 40).GetEnumerator();
        var first = Advance(files);
        for (var i = 0; i < 3; i++) Advance(files);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(first.TryGetTarget(out _), "the first file is still reachable after later files were generated");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<SyntheticFile> Advance(IEnumerator<SyntheticFile> files)
    {
        Assert.True(files.MoveNext());
        return new WeakReference<SyntheticFile>(files.Current);
    }

    [Fact]
    public void Bad_arguments_are_refused_before_anything_is_generated()
    {
        var size = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGenerator.Generate(1, 0));
        Assert.Equal("targetBytes", size.ParamName);
        var rate = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGenerator.Generate(1, 100, new SyntheticOptions { DamageRate = 2 }));
        Assert.Contains("DamageRate", rate.Message, StringComparison.Ordinal);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGenerator.Generate(1, 100, new SyntheticOptions { MinFileBytes = 90_000, MaxFileBytes = 80_000 }));
        Assert.Contains("MaxFileBytes", range.Message, StringComparison.Ordinal);
    }
}
