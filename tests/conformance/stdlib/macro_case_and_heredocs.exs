# Macro.underscore/camelize from their docs; heredocs with a backslash at the end of a line
IO.inspect(Macro.underscore("FooBar"))
IO.inspect(Macro.underscore("Foo.Bar"))
IO.inspect(Macro.underscore(Foo.Bar))
IO.inspect(Macro.underscore("SAPExample"))
IO.inspect(Macro.underscore("HTTPServer2Go"))
IO.inspect(Macro.underscore("already_snake"))
IO.inspect(Macro.camelize("sap_example"))
IO.inspect(Macro.camelize("hello_10"))
IO.inspect(Macro.camelize("foo/bar"))
IO.inspect(Macro.camelize("API.V1"))
IO.inspect(Macro.camelize("API_SPEC"))
IO.inspect(Macro.camelize("__private__name_"))
IO.puts("""
line one \
continues
last\
""")
IO.puts("""
  indented \
  more
  """)
IO.inspect(~s"""
a\
b
""")
