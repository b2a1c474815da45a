# An app whose drawing lives in main(), called under the __main__ guard.
# Steps:
#   set_value("text_input", 0, "Grace")
#   set_value("slider", 0, 3)
import streamlit as st


def greeting(name: str, times: int) -> str:
    return " ".join([f"Hello {name}!"] * times)


def main() -> None:
    st.header("Greeter")
    name = st.text_input("Name", "world")
    times = st.slider("Times", 1, 5, 1)
    st.write(greeting(name, times))
    st.caption(f"Module name: {__name__}")


if __name__ == "__main__":
    main()
