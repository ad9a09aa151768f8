x = f"{yield}" $
