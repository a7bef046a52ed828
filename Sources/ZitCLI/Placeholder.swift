import ZitEngine
