import torch

p = torch.tensor([0.0, 0.25, 0.75], requires_grad=True)

naive = -(p * torch.log(p)).sum()
print(naive)  # 0 * log(0) = 0 * -inf = nan, already in forward

xlogy = -torch.special.xlogy(p, p).sum()
xlogy.backward()
print(xlogy, p.grad)  # the right value, but still a nan gradient at 0

p.grad = None
safe = torch.where(p > 0, p, 1.0)  # log only sees positive numbers
entropy = -torch.where(p > 0, safe * torch.log(safe), 0.0).sum()
entropy.backward()
print(entropy, p.grad)
