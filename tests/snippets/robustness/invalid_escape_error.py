# Under an "error" filter the invalid escape is a SyntaxError pointing at the string token.
import warnings
warnings.simplefilter("error")
print("before")
exec('pattern = "ab"\nother = ("x",\n  "\\d+")\n')
