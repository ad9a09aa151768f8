import csv, io

text = "id,name,score\n1,ann,9.5\n2,bob,7\n"
rows = list(csv.DictReader(io.StringIO(text)))
print(rows)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name", "score"], lineterminator="\n")
w.writeheader()
w.writerows(rows)
w.writerow({"id": 3, "name": "cy"})
print(repr(out.getvalue()))
try:
    w.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError", e)
sample = "a;b;c\n1;2;3\n4;5;6\n"
sn = csv.Sniffer()
dialect = sn.sniff(sample)
print(repr(dialect.delimiter), sn.has_header(sample), sn.has_header("1;2\n3;4\n"))
print(list(csv.reader(io.StringIO(sample), dialect)))
fn = "dictrw_sniffer.tmp"
import os
try:
    with open(fn, "w", newline="") as f:
        csv.writer(f).writerows([["x", "y z"], ["1", "a\nb"]])
    with open(fn, newline="") as f:
        print(list(csv.reader(f)))
    with open(fn, "rb") as f:
        print(f.read())
finally:
    os.remove(fn)
