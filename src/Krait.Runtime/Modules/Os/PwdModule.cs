using System.Runtime.InteropServices;

namespace Krait.Runtime;

/// <summary>The pwd module: the password database through getpwnam_r/getpwuid_r/getpwent.</summary>
public static class PwdModule
{
    private static PyType? s_passwd;

    internal static PyType PasswdType => s_passwd ??= PyStructSeqEx.NewType("pwd.struct_passwd",
        ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"], 7,
        "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.");

    public static PyModule Create()
    {
        var m = new PyModule("pwd", "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.");
        m.Add("struct_passwd", PasswdType);
        m.AddFunction("getpwuid", (self, args, kw) =>
        {
            var o = ArgBinder.One("getpwuid", args, kw);
            var i = Ops.Index(o);
            if (i.IsBig || i.Small < -1 || i.Small > uint.MaxValue) throw PyErr.KeyError(new PyStr("getpwuid(): uid not found"));
            uint uid = i.Small == -1 ? uint.MaxValue : (uint)i.Small;
            var e = Lookup((pwd, buf, len) => { int r = Libc.GetPwUidR(uid, pwd, buf, len, out nint res); return (r, res); });
            return e ?? throw PyErr.KeyError(new PyStr($"getpwuid(): uid not found: {i.ToDecimalString()}"));
        });
        m.AddFunction("getpwnam", (self, args, kw) =>
        {
            var o = ArgBinder.One("getpwnam", args, kw);
            if (o is not PyStr s) throw PyErr.TypeError($"getpwnam() argument must be str, not {o.Type.Name}");
            var name = PathArg.Encode(s);
            if (name.AsSpan().IndexOf((byte)0) >= 0) throw PyErr.ValueError("embedded null byte");
            var z = Libc.Z(name);
            var e = Lookup((pwd, buf, len) => { int r = Libc.GetPwNamR(z, pwd, buf, len, out nint res); return (r, res); });
            return e ?? throw PyErr.KeyError(new PyStr($"getpwnam(): name not found: {Ops.Repr(s).Value}"));
        });
        m.AddFunction("getpwall", (self, args, kw) =>
        {
            ArgBinder.None("getpwall", args, kw);
            var list = new PyList();
            Libc.SetPwEnt();
            try
            {
                nint p;
                while ((p = Libc.GetPwEnt()) != 0) list.Append(FromStruct(p));
            }
            finally { Libc.EndPwEnt(); }
            return list;
        });
        return m;
    }

    private static PyObject? Lookup(Func<byte[], byte[], nint, (int R, nint Res)> call)
    {
        var pwd = new byte[48];
        int size = 1024;
        while (true)
        {
            var buf = new byte[size];
            var h = GCHandle.Alloc(pwd, GCHandleType.Pinned);
            var hb = GCHandle.Alloc(buf, GCHandleType.Pinned);
            try
            {
                var (r, res) = call(pwd, buf, size);
                if (r == 34 /* ERANGE */ && size < (1 << 20)) { size *= 2; continue; }
                if (res == 0) return null;
                return FromStruct(h.AddrOfPinnedObject());
            }
            finally { h.Free(); hb.Free(); }
        }
    }

    /// <summary>A struct passwd (x86-64: name, passwd, uid, gid, gecos, dir, shell) as a struct_passwd.</summary>
    private static PyObject FromStruct(nint p)
    {
        PyObject S(int off) => PathArg.Decode(Libc.CBytes(Marshal.ReadIntPtr(p, off)));
        return PyStructSeqEx.Create(PasswdType, 7,
        [
            S(0), S(8), PyInt.FromLong((uint)Marshal.ReadInt32(p, 16)), PyInt.FromLong((uint)Marshal.ReadInt32(p, 20)),
            S(24), S(32), S(40),
        ]);
    }
}
