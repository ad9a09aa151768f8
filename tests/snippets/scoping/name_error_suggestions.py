# NameError messages, uncaught, with a close-match suggestion
def compute():
    result_value = 10
    return reslt_value * 2

print("calling")
compute()
