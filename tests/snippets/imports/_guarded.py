def report():
    return f"I am {__name__}"

if __name__ == "__main__":
    print("this never runs on import")
else:
    print("_guarded imported, not run as main")
