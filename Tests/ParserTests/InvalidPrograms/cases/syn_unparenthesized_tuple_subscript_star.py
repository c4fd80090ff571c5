x = a[*b := c]
