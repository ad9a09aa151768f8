import csv, _csv

print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(type(d).__name__, repr(d.delimiter), repr(d.quotechar), d.escapechar, d.doublequote, repr(d.lineterminator), d.quoting, d.strict)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(list(csv.reader(['a|"b|c"'], "pipes")), csv.get_dialect("pipes").quoting)

class Semi(csv.excel):
    delimiter = ";"
print(list(csv.reader(["1;2"], Semi)))
csv.unregister_dialect("pipes")
for f in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"), lambda: csv.reader([], "nope")):
    try:
        f()
    except csv.Error as e:
        print("Error", e)
bad = [dict(delimiter=""), dict(delimiter=1), dict(quotechar="ab"), dict(escapechar=5), dict(lineterminator=1),
       dict(quoting=9), dict(quoting="x"), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(bogus=1)]
for kw in bad:
    try:
        _csv.Dialect(**kw)
    except TypeError as e:
        print("TypeError", e)
class BadDialect(csv.Dialect):
    delimiter = ""
try:
    BadDialect()
except csv.Error as e:
    print("Error", e)
print(_csv.Dialect(quotechar=None).quoting, _csv.Dialect(d) is d)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError", e)
print(sorted(n for n in dir(_csv) if not n.startswith("__")))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(131072)
