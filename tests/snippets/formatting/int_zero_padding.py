# A leading 0 means fill '0' with '=' alignment; with grouping the zeros are grouped too.
for spec in ("05", "010", "010,", "09,", "08,", "07_", "+010,", " 012_", "012_x", "#014_b", "<05", "^07", "0<6"):
    print(repr(spec), repr(f"{1234:{spec}}"), repr(f"{-1234:{spec}}"))
