import csv, io

data = 'name,age,city\r\nAlice,30,"New York, NY"\r\n"Bob ""B""",25,\r\n\r\n"multi\nline",1,x\r\n'
for row in csv.reader(io.StringIO(data, newline="")):
    print(row)
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, list(r), r.line_num)
print(list(csv.reader(["a;b;c"], delimiter=";")), list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["'a,b',c"], quotechar="'")), list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(['"a"b,c'])), list(csv.reader(['"open'])), list(csv.reader(["x\x00y"])))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
for rows, kw in [(['"a"b'], {"strict": True}), (['"ab'], {"strict": True}), (["a\rb"], {}), ([1], {}),
                 (["1,x"], {"quoting": csv.QUOTE_NONNUMERIC})]:
    try:
        print(list(csv.reader(rows, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
