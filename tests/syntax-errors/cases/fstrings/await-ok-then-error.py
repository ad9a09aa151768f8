x = f"{a}" f"{b c}"
