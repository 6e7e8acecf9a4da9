import torch

t = torch.zeros(3)
print(t._version)  # _version is private: read it to learn, never rely on it

t.add_(1)  # every in-place operation bumps the counter
t[0] = 5.0  # so does an indexed assignment
print(t._version)

u = t * 2  # an out-of-place operation leaves t alone
print(t._version, u._version)

t.detach().mul_(2)  # .detach() shares the counter: t sees the change
print(t._version)

t.data.mul_(2)  # .data gets a counter of its own: t does not
print(t._version)

# An inference tensor, made under inference_mode(), has no counter at all.
with torch.inference_mode():
    i = torch.zeros(3)
try:
    print(i._version)
except RuntimeError as e:
    print(e)
