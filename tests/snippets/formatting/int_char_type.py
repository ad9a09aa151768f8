# 'c' turns an int into a character; sign, '#' and ',' are refused.
print(f"[{65:c}] [{65:5c}] [{65:<5c}] [{65:05c}] [{0x1F600:^5c}] [{True:c}]")
for v, spec in ((65, "+c"), (65, "#c"), (65, ",c"), (65, "_c"), (-1, "c"), (0x110000, "c"), (65, ".2c"), (2**70, "c")):
    try:
        print(f"{v:{spec}}")
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
