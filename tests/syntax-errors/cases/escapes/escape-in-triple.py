x = """
abc\x
"""
