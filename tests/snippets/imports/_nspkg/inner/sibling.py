word = "sibling"
