# A SyntaxError from exec() propagates: the traceback, then the <string> location, text and carets.
source = "total = (1 +\n  2 *)\n"
print("compiling")
exec(source)
