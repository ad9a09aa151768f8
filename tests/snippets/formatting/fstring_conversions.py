# !r, !s and !a convert before the spec is applied (the spec then formats a str).
s = "héllo\n"
print(f"{s!r}", f"{s!a}", f"{s!s}")
print(f"[{s!r:>12}] [{s!a:^16}] [{'x'!r:*<6}]")
print(f"[{3.0!r}] [{3.0!s:>6}] [{1+1j!r:>8}] [{[1, 'a']!r:.5}]")
print("{0!r} {0!s} {0!a} {1!r:^9}".format("ü", 7))
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "an R"
print(f"{R()!r} {R()!s} {R()} {R()!a:>5}")
