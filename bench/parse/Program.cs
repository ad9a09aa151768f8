using System.Diagnostics;
using Krait.Syntax;
using Krait.Syntax.Parser;
using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;

namespace Krait.Bench.Parse;

/// <summary>Parses files to ASTs in one process and reports the throughput.
/// <c>Krait.Bench.Parse [--tokenize] [--verbose] [--passes N] LISTFILE</c>: LISTFILE names one source file a
/// line (bench/parse/run builds it: the stdlib files CPython accepts). One untimed warm-up pass
/// over all files, then N timed passes (default 3); prints the best pass as
/// <c>krait BYTES SECONDS MB/s</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        int exit = 0;
        // Deep nesting is legal Python: a large stack, as the CLI has.
        var t = new Thread(() => exit = Run(args), 512 * 1024 * 1024);
        t.Start();
        t.Join();
        return exit;
    }

    private static int Run(string[] args)
    {
        bool tokenizeOnly = false, verbose = false;
        int passes = 3;
        string? list = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tokenize": tokenizeOnly = true; break;
                case "--verbose": verbose = true; break;
                case "--passes": passes = int.Parse(args[++i]); break;
                default: list = args[i]; break;
            }
        }
        if (list is null)
        {
            Console.Error.WriteLine("usage: Krait.Bench.Parse [--tokenize] [--verbose] [--passes N] LISTFILE");
            return 2;
        }
        var files = File.ReadAllLines(list).Where(l => l.Length > 0).ToArray();
        var data = files.Select(File.ReadAllBytes).ToArray();
        long bytes = data.Sum(d => (long)d.Length);

        int failures = Pass(files, data, tokenizeOnly); // warm-up, untimed
        if (failures > 0) Console.Error.WriteLine($"krait: {failures} of {files.Length} files failed to parse");
        double best = double.MaxValue;
        for (int p = 0; p < passes; p++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long alloc = GC.GetTotalAllocatedBytes(true);
            int gcs = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            Pass(files, data, tokenizeOnly);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            if (verbose)
                Console.Error.WriteLine($"pass {p}: {sw.Elapsed.TotalSeconds:F3} s, {(GC.GetTotalAllocatedBytes(true) - alloc) / 1e6:F1} MB allocated, " +
                    $"{GC.CollectionCount(0) - gcs} GCs ({GC.CollectionCount(2) - gen2} gen2)");
        }
        Console.WriteLine($"krait {bytes} {best:F4} {bytes / best / 1e6:F2}");
        return 0;
    }

    /// <summary>Decodes and parses every file (or only tokenizes); returns how many failed.</summary>
    private static int Pass(string[] files, byte[][] data, bool tokenizeOnly)
    {
        int failures = 0;
        for (int i = 0; i < files.Length; i++)
        {
            try
            {
                var source = SourceText.FromBytes(data[i], files[i]);
                if (tokenizeOnly)
                {
                    var tok = new PythonTokenizer(source);
                    while (tok.Next().Kind != TokenKind.EndMarker) { }
                }
                else
                {
                    new PythonParser(source, ParseMode.File).Run();
                }
            }
            catch (PythonSyntaxError)
            {
                failures++;
            }
        }
        return failures;
    }
}
