# Sizes no machine holds: MemoryError or OverflowError as CPython raises them, never a dead process.
def t(name, f):
    try:
        r = f()
        print(name, "ok", repr(r)[:40])
    except (MemoryError, OverflowError, ValueError, IndexError) as e:
        print(name, type(e).__name__, e)

t("str * 2**62", lambda: "a" * 2**62)
t("str2 * 2**62", lambda: "ab" * 2**62)
t("str * -2**63", lambda: "ab" * -2**63)
t("list * 2**62", lambda: [0] * 2**62)
t("list2 * 2**61", lambda: [0, 1] * 2**61)
t("tuple * 2**62", lambda: (1,) * 2**62)
t("bytes * 2**62", lambda: b"a" * 2**62)
t("bytes2 * 2**62", lambda: b"ab" * 2**62)
t("bytearray(2**62)", lambda: bytearray(2**62))
t("bytes(2**62)", lambda: bytes(2**62))
t("str * 2**63", lambda: "a" * 2**63)
t("bigindex", lambda: "abc"[2**100])
t("chr", lambda: chr(2**63))
t("range len", lambda: len(range(2**64)))
t("list insert", lambda: [].insert(2**63, 1))
t("intstr", lambda: len(str(10**5000)))
t("int", lambda: int("1" * 5000))
t("float", lambda: float(10**400))
t("to_bytes", lambda: (1).to_bytes(2**62, "big"))
l = [1, 2]
try:
    l *= 2**62
except MemoryError as e:
    print("list *= MemoryError", l)
s = "xy"
try:
    s *= 2**62
except OverflowError as e:
    print("str *= OverflowError", e, s)
print("still running")
import struct
t("struct.pack", lambda: struct.pack("2000000000000s", b""))
t("struct.pack p", lambda: struct.pack("1000000000000p", b""))
t("struct.calcsize", lambda: struct.calcsize("2000000000000s"))
print("end")
t("1 << 2**62", lambda: 1 << 2**62)
t("1 << 2**63", lambda: 1 << 2**63)
t("-1 << 2**64", lambda: -1 << 2**64)
t("1 << 2**70", lambda: 1 << 2**70)
t("0 << 2**100", lambda: 0 << 2**100)
t("1 >> 2**100", lambda: 1 >> 2**100)
t("-1 >> 2**100", lambda: -1 >> 2**100)
t("ljust", lambda: "a".ljust(2**62))
t("ljust max", lambda: "a".ljust(2**63 - 1))
t("ljust too big", lambda: "a".ljust(2**63))
t("center", lambda: "ab".center(2**62))
t("zfill", lambda: "1".zfill(2**62))
t("rjust fill", lambda: "a".rjust(2**62, "\U0001f600"))
print("end2")
