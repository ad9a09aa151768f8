# An invalid spec inside an f-string raises at run time; this one is not caught.
value = 3.5
print(f"{value:.2f}")
print(f"{value:d}")
