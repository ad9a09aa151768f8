namespace Krait.Runtime;

/// <summary>The errno module: the platform's errno names and errorcode (value → name).</summary>
public static class ErrnoModule
{
    public static PyModule Create()
    {
        var m = new PyModule("errno", "This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'.");
        foreach (var (name, value) in PosixConstants.Errno) m.Add(name, PyInt.FromLong(value));
        var codes = new PyDict();
        foreach (var (name, value) in PosixConstants.ErrorCode) codes.SetItem(PyInt.FromLong(value), new PyStr(name));
        m.Add("errorcode", codes);
        return m;
    }
}
