using System.Security.Cryptography;

namespace Krait.Runtime;

/// <summary>The _md5, _sha1, _sha256 and _sha512 modules (CPython's own fallbacks behind hashlib).</summary>
public static class HashModules
{
    private static PyModule New(string name, string doc) => new(name, doc);

    public static PyModule CreateMd5()
    {
        var m = New("_md5", "");
        Add(m, "_md5", "md5", 16, 64, PyHash.Dotnet(HashAlgorithmName.MD5), "MD5Type");
        return m;
    }

    public static PyModule CreateSha1()
    {
        var m = New("_sha1", "");
        Add(m, "_sha1", "sha1", 20, 64, PyHash.Dotnet(HashAlgorithmName.SHA1), "SHA1Type");
        return m;
    }

    public static PyModule CreateSha256()
    {
        var m = New("_sha256", "");
        Add(m, "_sha256", "sha256", 32, 64, PyHash.Dotnet(HashAlgorithmName.SHA256), "SHA256Type");
        Add(m, "_sha256", "sha224", 28, 64, () => new Sha224(), "SHA224Type");
        return m;
    }

    public static PyModule CreateSha512()
    {
        var m = New("_sha512", "");
        // 3.11 exports no SHA512Type, and its SHA384Type is (by a slip in CPython) the sha512 type.
        Add(m, "_sha512", "sha512", 64, 128, PyHash.Dotnet(HashAlgorithmName.SHA512), "SHA384Type");
        Add(m, "_sha512", "sha384", 48, 128, PyHash.Dotnet(HashAlgorithmName.SHA384), null);
        return m;
    }

    private static void Add(PyModule m, string module, string name, int digestSize, int blockSize, Func<PyHash.IHashState> create, string? typeAttr)
    {
        var alg = new PyHash.Algorithm(name, digestSize, blockSize, create);
        PyHash.Register(m, module, alg);
        if (typeAttr is not null) m.Add(typeAttr, alg.Type);
    }
}
