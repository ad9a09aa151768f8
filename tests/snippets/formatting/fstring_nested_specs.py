# Replacement fields inside an f-string spec are evaluated first.
width, prec = 12, 3
for value in (3.14159265, -2.5, 1234567.891):
    print(f"[{value:{width}.{prec}f}] [{value:>{width}}] [{value:*^{width},.{prec - 1}f}] [{value:{'+' if value > 0 else ''}.1e}]")
for align in "<^>":
    print(f"[{'mid':{align}{width}}]")
fill = "."
print(f"[{42:{fill}>{width}_}] [{'s':{fill}{'^'}{5}}]")
spec = "08.3f"
print(f"{2.0 ** 0.5:{spec}}", f"{255:{'#x'}}", f"{255:{'#'}{'X'}}")
