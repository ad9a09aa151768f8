import csv, io

s = io.StringIO()
w = csv.writer(s)
w.writerow(["plain", "with,comma", 'with"quote', "with\nnewline", "", None, 3, 2.5, True])
w.writerow([""])
w.writerow([])
w.writerows([["a", 1], ("b", 2)])
print(repr(s.getvalue()))
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=quoting, lineterminator="\n").writerow(["a", 1, 2.0, None, "b c"])
    print(quoting, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(["a,b", 'q"', "back\\slash"])
csv.writer(s, doublequote=False, escapechar="\\", lineterminator="\n").writerow(['say "hi"'])
csv.writer(s, delimiter="\t", lineterminator="\n").writerow(["t\tab", "x"])
print(repr(s.getvalue()))
for row, kw in [(["a,b"], {"quoting": csv.QUOTE_NONE}), ([""], {"quoting": csv.QUOTE_NONE}), (1, {}),
                (['"'], {"doublequote": False})]:
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print("Error", e)
try:
    csv.writer(1)
except TypeError as e:
    print("TypeError", e)
