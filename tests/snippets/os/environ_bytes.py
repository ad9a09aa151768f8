import os, posix
print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
os.environ["KRAIT_SNIPPET_VAR"] = "value é"
print(os.environ["KRAIT_SNIPPET_VAR"], os.environb[b"KRAIT_SNIPPET_VAR"])
print(os.getenv("KRAIT_SNIPPET_VAR"), os.getenv("KRAIT_NOPE", "dflt"), "KRAIT_SNIPPET_VAR" in os.environ)
del os.environ["KRAIT_SNIPPET_VAR"]
print(os.environ.get("KRAIT_SNIPPET_VAR"))
for bad in [("A=B", "x"), ("", "x"), ("A\0", "x")]:
    try:
        os.putenv(*bad)
    except ValueError as e:
        print(e)
try:
    os.putenv(1, "x")
except TypeError as e:
    print(e)
print(os.environ.copy() == dict(os.environ), isinstance(os.environ, os._Environ))
