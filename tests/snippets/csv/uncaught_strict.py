import csv

rows = ['a,"b"c,d']
print(list(csv.reader(rows)))
list(csv.reader(rows, strict=True))
