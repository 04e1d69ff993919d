package sark.bundled

allow if input.user in data.sark.bundled.users

greeting := sprintf("hello %s", [input.user])
