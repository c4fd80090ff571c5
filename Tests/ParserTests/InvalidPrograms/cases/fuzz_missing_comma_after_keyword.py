f(a=1,
  name    l="text",
)
