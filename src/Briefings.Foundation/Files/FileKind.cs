namespace Briefings.Foundation.Files;

/// <summary>What a path is on disk, after following its links. Only regular files are ever read.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
