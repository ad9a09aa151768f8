# int and float __format__ layout: grouping with zero padding, widths, fills (also outside the BMP), signs,
# prefixes, upper case, 'n', '%', 'c', big ints, and the errors.
ints = [0, 7, -7, 1234, -1234, 1234567, -1234567, 2**63, -2**63, 2**70, -(2**70) - 1]
specs = ["", ",", "_", "010,", "012_", "020,d", "08", "+08", " 8", "-8", "=+12,", "^15,", "<12_", ">12",
         "#x", "#X", "#o", "#b", "_x", "_b", "#_b", "#010_x", "x", "X", "o", "b", "n", "010n",
         "*^20,", "\U0001F600>14,", "é<9", "0=9", "+", " ", "e", ".2%", ",.3f", "012,.2f"]
for v in ints:
    print(v, [format(v, s) for s in specs])
floats = [0.0, -0.0, 1.5, -1.5, 1234.5678, -1234567.891, 1e16, 1.5e-7, 123456789.0, float("inf"), float("-nan")]
fspecs = ["", ",", "_", "012,.2f", "015_.3f", ",.0f", "+,.2e", ".3g", "#.3g", ",g", "10.4f", "<12.4f", "^14,.1f",
          "=+14,.1f", "\U0001F600^16.2f", ".5%", "z.1f", "+z08.2f", "n", "010n", ".0%", "#.0f", "E", ".3G", "F"]
for v in floats:
    print(v, [format(v, s) for s in fspecs])
print([format(c, "c") for c in (65, 0xe9, 0x1F600)], format(0x1F600, "\u00e9^5c"), format(97, ">3c"))
print(format(1 + 2j, ",.2f"), format(-1234.5 - 0.5j, "^30,.1f"), format(3j, ""), format(1e20 + 1j, ","))
for v, s in [(1, ",_"), (1, "_,"), (1, ",x"), (1.0, ",x"), (1, ".2"), (1, "z"), (1, "+c"), (1, "#c"), (-1, "c"),
             (2**80, "c"), (1.5, "d"), (1, "=^5"), (1, "s"), ("a", ",")]:
    try:
        print(repr(format(v, s)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
