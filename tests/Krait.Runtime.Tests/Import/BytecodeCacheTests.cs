using System.Buffers.Binary;
using Xunit;

namespace Krait.Runtime.Tests.Import;

/// <summary>The bytecode cache of source imports: __pycache__/NAME.krait-311.pyc with CPython 3.11's header,
/// read back when valid, rewritten when stale or corrupt, not written under sys.dont_write_bytecode.</summary>
[Collection("Importer")]
public sealed class BytecodeCacheTests : IDisposable
{
    private readonly string _dir;
    private readonly PyObject? _savedDontWrite;

    public BytecodeCacheTests()
    {
        _dir = Path.Combine(Path.GetTempPath(), "krait-pycache-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        Sys.Module.Add("path", new PyList([new PyStr(_dir)]));
        _savedDontWrite = Sys.GetOrNull("dont_write_bytecode");
        Sys.Module.Add("dont_write_bytecode", PyBool.False);
    }

    public void Dispose()
    {
        Sys.Module.Add("dont_write_bytecode", _savedDontWrite ?? PyBool.False);
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static string Unique(string stem) => stem + Guid.NewGuid().ToString("N")[..8];

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name + ".py");
        File.WriteAllText(path, text);
        return path;
    }

    private string CachePath(string name) => Path.Combine(_dir, "__pycache__", name + ".krait-311.pyc");

    private static PyObject Import(string name)
    {
        PythonRuntime.Modules.DelItem(new PyStr(name));
        return Importer.ImportModuleLevel(new PyStr(name), null, null, 0);
    }

    private static string Attr(PyObject m, string name) => Ops.Repr(Ops.GetAttr(m, name)).Value;

    [Fact]
    public void ImportWritesTheCacheWithCPythonsHeader()
    {
        string name = Unique("kr_cache_");
        string source = Write(name, "x = [1, 2.5, 'abc']\ndef f(a, *, b=2):\n    return a * b\n");
        var m = Import(name);
        Assert.Equal("[1, 2.5, 'abc']", Attr(m, "x"));
        string cache = CachePath(name);
        Assert.True(File.Exists(cache));
        Assert.Equal($"'{cache}'", Attr(m, "__cached__"));
        Assert.Equal($"'{cache}'", Attr(Ops.GetAttr(m, "__spec__"), "cached"));

        var data = File.ReadAllBytes(cache);
        Assert.Equal([0xA7, 0x0D, 0x0D, 0x0A], data[..4]);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)));
        var info = new FileInfo(source);
        Assert.Equal((uint)(long)Math.Floor((info.LastWriteTimeUtc - DateTime.UnixEpoch).TotalSeconds), BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(8)));
        Assert.Equal((uint)info.Length, BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(12)));
        // The marshal data is the module's code; CPython's readers ignore Krait's trailer.
        var code = Assert.IsType<PyCode>(MarshalReader.Loads(data, 16));
        Assert.Equal(source, code.Filename.Value);
        Assert.Equal("<module>", code.Name.Value);
    }

    [Fact]
    public void AValidCacheIsUsedInsteadOfTheSource()
    {
        string name = Unique("kr_cache_");
        string source = Write(name, "value = 'one'\n");
        var stamp = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source, stamp);
        Assert.Equal("'one'", Attr(Import(name), "value"));
        // Same size and mtime, other text: only the cache can give 'one'.
        File.WriteAllText(source, "value = 'two'\n");
        File.SetLastWriteTimeUtc(source, stamp);
        Assert.Equal("'one'", Attr(Import(name), "value"));
    }

    [Fact]
    public void AStaleCacheIsIgnoredAndRewritten()
    {
        string name = Unique("kr_cache_");
        string source = Write(name, "value = 1\n");
        File.SetLastWriteTimeUtc(source, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal("1", Attr(Import(name), "value"));
        var before = File.ReadAllBytes(CachePath(name));
        File.WriteAllText(source, "value = 22\n");
        File.SetLastWriteTimeUtc(source, new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal("22", Attr(Import(name), "value"));
        var after = File.ReadAllBytes(CachePath(name));
        Assert.NotEqual(before, after);
        Assert.Equal(11u, BinaryPrimitives.ReadUInt32LittleEndian(after.AsSpan(12)));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("badmagic")]
    [InlineData("truncated")]
    [InlineData("flags")]
    public void ACorruptCacheIsIgnoredAndRewritten(string damage)
    {
        string name = Unique("kr_cache_");
        string source = Write(name, "value = 'ok'\n");
        Import(name);
        string cache = CachePath(name);
        var good = File.ReadAllBytes(cache);
        var bad = (byte[])good.Clone();
        switch (damage)
        {
            case "garbage": bad.AsSpan(16).Fill(0x3F); break;
            case "badmagic": bad[0] ^= 0xFF; break;
            case "truncated": bad = bad[..24]; break;
            case "flags": bad[4] = 1; break;
        }
        File.WriteAllBytes(cache, bad);
        Assert.Equal("'ok'", Attr(Import(name), "value"));
        Assert.Equal(good, File.ReadAllBytes(cache));
    }

    [Fact]
    public void NothingIsWrittenUnderDontWriteBytecode()
    {
        Sys.Module.Add("dont_write_bytecode", PyBool.True);
        string name = Unique("kr_cache_");
        Write(name, "value = 3\n");
        var m = Import(name);
        Assert.Equal("3", Attr(m, "value"));
        Assert.False(File.Exists(CachePath(name)));
        // __cached__ still names the file the cache would be.
        Assert.Equal($"'{CachePath(name)}'", Attr(m, "__cached__"));
    }

    [Fact]
    public void AnUnwritableCacheFolderIsSilentlyIgnored()
    {
        string name = Unique("kr_cache_");
        Write(name, "value = 4\n");
        // A file where the __pycache__ folder should be: the folder cannot be created.
        File.WriteAllText(Path.Combine(_dir, "__pycache__"), "not a folder");
        Assert.Equal("4", Attr(Import(name), "value"));
        Assert.Equal("4", Attr(Import(name), "value"));
    }

    [Fact]
    public void AFileOfAnotherCompilerBuildIsRecompiled()
    {
        string name = Unique("kr_cache_");
        string source = Write(name, "value = 5\n");
        Import(name);
        string cache = CachePath(name);
        var data = File.ReadAllBytes(cache);
        data[^9] ^= 0xFF; // another module version id in the trailer (the checksum follows it)
        File.WriteAllBytes(cache, data);
        Assert.Equal("5", Attr(Import(name), "value"));
        data[^9] ^= 0xFF;
        Assert.Equal(data, File.ReadAllBytes(cache));
    }

    [Fact]
    public void DamageThatStillParsesIsCaughtByTheChecksum()
    {
        // Marshal data with a byte changed often still loads — as other code, or code that crashes the eval loop;
        // the checksum in the trailer sends every such file back to the source.
        string name = Unique("kr_cache_");
        Write(name, "def f(a, b=2):\n    try:\n        return [a + b, 'text', 1.5]\n    except Exception:\n        raise\nvalue = f(1)\n");
        Import(name);
        string cache = CachePath(name);
        var good = File.ReadAllBytes(cache);
        for (int i = 16; i < good.Length - 8; i++)
        {
            var bad = (byte[])good.Clone();
            bad[i] ^= 0x55;
            File.WriteAllBytes(cache, bad);
            Assert.Equal("[3, 'text', 1.5]", Attr(Import(name), "value"));
            Assert.Equal(good, File.ReadAllBytes(cache));
        }
    }

    [Fact]
    public void AChecksumOfOtherDataIsRecompiled()
    {
        string name = Unique("kr_cache_");
        string other = Unique("kr_cache_");
        Write(name, "value = 'mine'\n");
        Write(other, "value = 'theirs'\n");
        Import(name);
        Import(other);
        var mine = File.ReadAllBytes(CachePath(name));
        var theirs = File.ReadAllBytes(CachePath(other));
        // Their marshal data under my header, with a checksum that is not of that data.
        var spliced = new byte[theirs.Length];
        theirs.CopyTo(spliced, 0);
        mine.AsSpan(0, 16).CopyTo(spliced);
        spliced[^1] ^= 1;
        File.WriteAllBytes(CachePath(name), spliced);
        Assert.Equal("'mine'", Attr(Import(name), "value"));
    }
}
