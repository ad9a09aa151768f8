b_value = "from b"
