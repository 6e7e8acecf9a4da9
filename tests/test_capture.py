"""A stack quoted inside a warning reads the same under the engine as when run alone."""

from verified.engine.capture import trim_quoted_stack


def test_quoted_stack_loses_the_frames_above_the_snippet():
    quoted = (
        "Error detected in SqrtBackward0. Traceback of forward call that caused the error:\n"
        '  File "<frozen runpy>", line 198, in _run_module_as_main\n'
        '  File "/repo/verified/engine/capture.py", line 139, in execute\n'
        "    exec(compiled, module_globals)\n"
        '  File "snippets/a/b.py", line 8, in <module>\n'
        "    y = net(x)\n"
        '  File "torch/nn/modules/module.py", line 1776, in _wrapped_call_impl\n'
        "    return self._call_impl(*args, **kwargs)\n"
        " (Triggered internally at torch/csrc/autograd/python_anomaly_mode.cpp:122.)"
    )
    assert trim_quoted_stack(quoted, "snippets/a/b.py") == (
        "Error detected in SqrtBackward0. Traceback of forward call that caused the error:\n"
        '  File "snippets/a/b.py", line 8, in <module>\n'
        "    y = net(x)\n"
        '  File "torch/nn/modules/module.py", line 1776, in _wrapped_call_impl\n'
        "    return self._call_impl(*args, **kwargs)\n"
        " (Triggered internally at torch/csrc/autograd/python_anomaly_mode.cpp:122.)"
    )


def test_a_warning_without_the_snippet_frame_is_left_alone():
    text = 'boom\n  File "/elsewhere/x.py", line 1, in f\n    g()\n'
    assert trim_quoted_stack(text, "snippets/a/b.py") == text
    assert trim_quoted_stack("plain message", "snippets/a/b.py") == "plain message"
