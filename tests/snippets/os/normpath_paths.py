import os.path as p, posixpath
cases = ["", ".", "/", "//", "///", "a/..", "a/../..", "/../a", "//a//b/../c/.", "///x", "../../a",
         "a/./b/", "a//b", "./", "a/b/../../c", "/a/b/c/../../..", "/..", "..", "x/../../y", "a/.../b"]
for c in cases:
    print(repr(c), repr(p.normpath(c)), repr(p.normpath(c.encode())))
print(p.join("a", "b", "/c", "d"), p.split("/a/b"), p.splitext("x.tar.gz"), p.basename("a/b/"), p.dirname("a/b/c"))
print(p.isabs("/x"), p.isabs("x"), p.commonpath(["/a/b/c", "/a/b/d"]), p.commonprefix(["abc", "abd"]))
print(p.relpath("/a/b/c", "/a/d"), p.abspath("x") == p.join(p.abspath("."), "x"))
print(posixpath.expandvars("$NOPE_KRAIT/x"), p.expanduser("x"))
