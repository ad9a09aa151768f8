child = "string set in __init__"
